using ServiceExcellence.Goals;
using ServiceExcellence.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGoals();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapGoalsApi();
app.Run();
