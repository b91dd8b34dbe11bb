using ServiceExcellence.Gateway;
using ServiceExcellence.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.UseGatewayPipeline();
app.MapGatewayApi();
app.Run();
