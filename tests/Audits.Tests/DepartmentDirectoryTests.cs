using ServiceExcellence.Audits.Data;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Audits.Tests;

[Collection(AuditsServiceCollection.Name)]
public sealed class DepartmentDirectoryTests(AuditsService service)
    : DepartmentDirectoryContract<Program, AuditsDbContext>(service.Factory, service.Infrastructure, "/api/audits/departments", "auditsdb");
