using System.Text.Json;
using System.Text.Json.Serialization;
using ServiceExcellence.Contracts.Clients;

namespace ServiceExcellence.Goals.Clients;

/// <summary>
/// The answers of <see cref="IReportingApi"/>, read without reflection. Web defaults, as Reporting writes them: without
/// them the camelCase properties would not bind and every value would silently read as null.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(MetricValue))]
[JsonSerializable(typeof(MetricSeries))]
internal sealed partial class ReportingJson : JsonSerializerContext;
