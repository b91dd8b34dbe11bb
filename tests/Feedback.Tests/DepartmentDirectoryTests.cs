using ServiceExcellence.Feedback.Data;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests;

[Collection(FeedbackServiceCollection.Name)]
public sealed class DepartmentDirectoryTests(FeedbackService service)
    : DepartmentDirectoryContract<Program, FeedbackDbContext>(service.Factory, service.Infrastructure, "/api/feedback/departments", "feedbackdb");
