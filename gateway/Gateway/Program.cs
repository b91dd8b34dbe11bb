using ServiceExcellence.Gateway.Forwarding;
using ServiceExcellence.Gateway.Health;
using ServiceExcellence.ServiceDefaults;
using ServiceExcellence.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddReverseProxy();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDevTokenEndpoint();
app.MapSuiteHealth();
app.MapReverseProxy();
app.Run();
