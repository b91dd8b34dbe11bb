using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Gateway.Data.Migrations;

/// <summary>The copy of the organisation's departments (keys may only name known ones), and the outbox and inbox.</summary>
[DbContext(typeof(GatewayDbContext))]
[Migration("20261122100100_Organisation")]
public sealed class Organisation : DepartmentCopyMigration;
