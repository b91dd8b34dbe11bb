using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ServiceExcellence.ServiceDefaults.Messaging;

namespace ServiceExcellence.Gateway.Data.Migrations;

/// <summary>The outbox keeps each event's trace context, so its publishing joins the trace of the request that raised it.</summary>
[DbContext(typeof(GatewayDbContext))]
[Migration("20261210000000_OutboxTraceContext")]
public sealed class OutboxTraceContext : OutboxTraceContextMigration;
