using System.Net.Http.Headers;
using System.Text;

namespace ServiceExcellence.EndToEnd.Tests;

/// <summary>
/// Generates malformed requests of every kind the gateway must survive, reproducibly from a seed: broken JSON, wrong
/// types, huge numbers, deep nesting, invalid UTF-8, oversized bodies and headers, path traversal and unknown routes,
/// aimed at the suite's real write and read routes.
/// </summary>
public static class MalformedRequests
{
    public static readonly string[] Kinds =
    [
        "broken-json", "wrong-types", "huge-numbers", "deep-nesting", "invalid-utf8", "oversized-body",
        "oversized-header", "path-traversal", "unknown-route", "bad-query", "bad-api-key",
    ];

    private static readonly string[] WriteRoutes =
    [
        "/api/organisation/departments", "/api/organisation/staff", "/api/goals", "/api/feedback", "/api/feedback/batch",
        "/api/complaints", "/api/surveys/kano", "/api/audits/standards", "/api/audits", "/api/reports/scorecards",
        "/api/gateway/api-keys", "/api/auth/dev-token",
    ];

    private static readonly string[] ReadRoutes =
    [
        "/api/goals", "/api/feedback", "/api/complaints", "/api/goals/alerts", "/api/audits", "/api/reports/scorecards",
        "/api/gateway/api-keys", "/api/feedback/recurring-issues",
    ];

    private static readonly string[] Fields = ["code", "name", "departmentCode", "channel", "csat", "nps", "comment", "entries", "kpis", "title", "periodStart"];

    /// <summary>The <paramref name="index"/>-th request: its kind (for the report) and the message to send.</summary>
    public static (string Kind, HttpRequestMessage Request) Create(int index, Random random)
    {
        var kind = Kinds[index % Kinds.Length];
        var request = kind switch
        {
            "broken-json" => Post(random, Encoding.UTF8.GetBytes(BrokenJson(random))),
            "wrong-types" => Post(random, Encoding.UTF8.GetBytes(WrongTypes(random))),
            "huge-numbers" => Post(random, Encoding.UTF8.GetBytes(HugeNumbers(random))),
            "deep-nesting" => Post(random, Encoding.UTF8.GetBytes(DeepNesting(random))),
            "invalid-utf8" => Post(random, InvalidUtf8(random)),
            // Only every few of these is really large, so the run stays within its time while still testing the limit.
            "oversized-body" => Post(random, Encoding.UTF8.GetBytes("{\"comment\":\"" + new string('x', index % 5 == 0 ? 1_100_000 : 200_000) + "\"}")),
            "oversized-header" => OversizedHeader(random),
            "path-traversal" => new HttpRequestMessage(Pick(random, [HttpMethod.Get, HttpMethod.Post, HttpMethod.Delete]), Traversal(random)),
            "unknown-route" => new HttpRequestMessage(Pick(random, [HttpMethod.Get, HttpMethod.Put, HttpMethod.Patch]), $"/{Junk(random, 12)}/{random.Next()}"),
            "bad-query" => new HttpRequestMessage(HttpMethod.Get, Pick(random, ReadRoutes) + BadQuery(random)),
            _ => BadApiKey(random),
        };
        return (kind, request);
    }

    private static HttpRequestMessage Post(Random random, byte[] body)
    {
        var method = Pick(random, [HttpMethod.Post, HttpMethod.Post, HttpMethod.Put]);
        var route = Pick(random, WriteRoutes);
        if (method == HttpMethod.Put)
        {
            route += "/" + Pick(random, ["0197a6f2-1c2d-7e3f-8a9b-0c1d2e3f4a5b", "not-a-guid", "-1", "99999999999999999999", "%00"]);
        }

        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(Pick(random, ["application/json", "application/json", "text/plain", "application/x-www-form-urlencoded"]));
        return new HttpRequestMessage(method, route) { Content = content };
    }

    private static string BrokenJson(Random random) => random.Next(8) switch
    {
        0 => "{\"code\":\"abc\",\"name\":",
        1 => "{\"code\" \"abc\"}",
        2 => "{'code':'single-quoted'}",
        3 => "[1,2,,3]",
        4 => "{\"entries\":[{\"channel\":\"web\"}" ,
        5 => "\u0000\u0001\u0002",
        6 => "{\"a\":1}}}}",
        _ => Junk(random, random.Next(1, 200)),
    };

    private static string WrongTypes(Random random)
    {
        var values = new[] { "123", "true", "null", "[]", "{}", "\"\"", "-0", "\"2026-13-45\"", "[\"x\",1,{}]", "\"" + new string('é', 300) + "\"" };
        var members = Enumerable.Range(0, random.Next(1, 6)).Select(_ => $"\"{Pick(random, Fields)}\":{Pick(random, values)}");
        return random.Next(5) == 0 ? $"[{{{string.Join(',', members)}}}]" : $"{{{string.Join(',', members)}}}";
    }

    private static string HugeNumbers(Random random)
    {
        var number = Pick(random, ["1e400", "-1e400", "99999999999999999999999999999999999999", "1" + new string('0', 5000), "0.0000000000000000000000000000000001", "NaN", "Infinity", "9223372036854775808", "-2147483649"]);
        return $"{{\"{Pick(random, Fields)}\":{number},\"entries\":[{{\"csat\":{number},\"nps\":{number}}}]}}";
    }

    private static string DeepNesting(Random random)
    {
        var depth = Pick(random, [65, 200, 5_000, 50_000]);
        return random.Next(2) == 0
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
    }

    private static byte[] InvalidUtf8(Random random)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("{\"name\":\""));
        byte[][] bad = [[0xC3, 0x28], [0xA0, 0xA1], [0xE2, 0x28, 0xA1], [0xF0, 0x28, 0x8C, 0xBC], [0xFF], [0xED, 0xA0, 0x80], [0xC0, 0xAF]];
        for (var i = 0; i < random.Next(1, 5); i++)
        {
            bytes.AddRange(Pick(random, bad));
            bytes.AddRange("abc"u8.ToArray());
        }

        bytes.AddRange("\",\"code\":\"x\"}"u8.ToArray());
        return [.. bytes];
    }

    private static HttpRequestMessage OversizedHeader(Random random)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Pick(random, ReadRoutes));
        var variant = random.Next(3);
        if (variant == 0)
        {
            request.Headers.TryAddWithoutValidation("X-Filler", new string('h', 40_000));
        }
        else if (variant == 1)
        {
            // Large, but within the gateway's limits, so it is forwarded: the services must take it over HTTP/2 too.
            request.Headers.TryAddWithoutValidation("X-Filler", new string('h', random.Next(17_000, 30_000)));
        }
        else
        {
            for (var i = 0; i < 120; i++)
            {
                request.Headers.TryAddWithoutValidation($"X-Filler-{i}", "v");
            }
        }

        return request;
    }

    private static string Traversal(Random random) => Pick(random,
    [
        "/api/feedback/../../etc/passwd", "/api/goals/%2e%2e/%2e%2e/etc/passwd", "/api/complaints/..%2f..%2f..%2fappsettings.json",
        "/api/audits/%2e%2e%5c%2e%2e%5cwindows", "/api/reports/....//....//etc/shadow", "/api/gateway/api-keys/..%252f..%252f",
        "/api/organisation/departments/%00", "/api/feedback/%c0%ae%c0%ae/%c0%ae%c0%ae/", "/..;/api/feedback", "/api/goals/%ff%fe",
    ]) + (random.Next(3) == 0 ? "?" + Junk(random, 20) : "");

    private static string BadQuery(Random random) => Pick(random,
    [
        "?page=abc&pageSize=-1", "?page=99999999999999999999", "?pageSize=100000", "?from=not-a-date&to=2026-99-99",
        "?departmentCode=%00%01", "?state=unknown-state&severity=" + new string('z', 2000), "?page=1&page=2&page=3",
        "?sentiment=%ff", "?activeOn=1e400", "?topic=" + Uri.EscapeDataString("'; DROP TABLE feedback_entries; --"),
    ]);

    private static HttpRequestMessage BadApiKey(Random random)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/feedback")
        {
            Content = new StringContent("{\"channel\":\"web\",\"departmentCode\":\"x\",\"csat\":5}", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("X-Api-Key", Pick(random, ["", "sek_", "sek_" + new string('A', 43), "sek_" + Junk(random, 90), "Bearer x", new string('k', 5000)]));
        return request;
    }

    private static string Junk(Random random, int length)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-_.~!$&'()*+,;=:@";
        return string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[r.Next(alphabet.Length)];
            }
        });
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
