using System.Net;
using System.Text.Json;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Testing;

/// <summary>Reads an answer's body after checking its status, with the body in the message when the status is wrong.</summary>
public static class HttpResponses
{
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, JsonDefaults.Options)!;
    }
}
