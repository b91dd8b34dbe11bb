using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace ServiceExcellence.AppHost.Tests.Support;

/// <summary>
/// The AppHost's model as its Program declares it for the given arguments, never built or started: what each resource
/// is, what it waits for, and the environment and command line it would be given, with references shown as the
/// manifest writes them (<c>{goals.bindings.http.url}</c>).
/// </summary>
public sealed class SuiteModel : IAsyncDisposable
{
    private readonly IDistributedApplicationTestingBuilder _builder;

    private SuiteModel(IDistributedApplicationTestingBuilder builder) => _builder = builder;

    public IReadOnlyList<IResource> Resources => [.. _builder.Resources];

    // Not built: disposing a built application that never started waits half a minute for a container runtime.
    public static async Task<SuiteModel> BuildAsync(string dataDirectory, params string[] args) =>
        new(await DistributedApplicationTestingBuilder.CreateAsync(typeof(SuiteOptions), [$"--DataDirectory={dataDirectory}", "--FreePorts=true", .. args]));

    public IResource Resource(string name) => Resources.Single(r => r.Name == name);

    /// <summary>The resources <paramref name="name"/> waits for before it starts.</summary>
    public IReadOnlyList<string> WaitsFor(string name) =>
        [.. Resource(name).Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name).Order(StringComparer.Ordinal)];

    /// <summary>The environment of a resource as its callbacks set it.</summary>
    public async Task<IReadOnlyDictionary<string, string>> EnvironmentOfAsync(string name)
    {
        var resource = Resource(name);
        var variables = new Dictionary<string, object>();
        var context = new EnvironmentCallbackContext(_builder.ExecutionContext, resource, variables);
        foreach (var callback in resource.Annotations.OfType<EnvironmentCallbackAnnotation>())
        {
            await callback.Callback(context);
        }

        return variables.ToDictionary(v => v.Key, v => Text(v.Value));
    }

    /// <summary>The command line of an executable as its callbacks set it.</summary>
    public async Task<IReadOnlyList<string>> ArgumentsOfAsync(string name)
    {
        var resource = Resource(name);
        var arguments = new List<object>();
        var context = new CommandLineArgsCallbackContext(arguments, resource, CancellationToken.None);
        foreach (var callback in resource.Annotations.OfType<CommandLineArgsCallbackAnnotation>())
        {
            await callback.Callback(context);
        }

        return [.. arguments.Select(Text)];
    }

    public async ValueTask DisposeAsync() => await _builder.DisposeAsync();

    private static string Text(object value) => value switch
    {
        string text => text,
        IManifestExpressionProvider expression => expression.ValueExpression,
        _ => value.ToString() ?? "",
    };
}
