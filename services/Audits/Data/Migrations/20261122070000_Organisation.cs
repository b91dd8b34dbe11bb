using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Audits.Data.Migrations;

/// <summary>The copy of the organisation's departments, and the outbox and inbox.</summary>
[DbContext(typeof(AuditsDbContext))]
[Migration("20261122070000_Organisation")]
public sealed class Organisation : DepartmentCopyMigration;
