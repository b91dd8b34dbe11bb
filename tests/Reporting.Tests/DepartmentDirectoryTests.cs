using ServiceExcellence.Reporting.Data;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Reporting.Tests;

[Collection(ReportingServiceCollection.Name)]
public sealed class DepartmentDirectoryTests(ReportingService service)
    : DepartmentDirectoryContract<Program, ReportingDbContext>(service.Factory, service.Infrastructure, "/api/reports/departments", "reportingdb");
