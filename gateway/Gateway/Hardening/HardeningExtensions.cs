using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ServiceExcellence.Gateway.Hardening;

/// <summary>Kestrel limits, no server banner, and forwarded headers taken only from configured proxies.</summary>
public static class HardeningExtensions
{
    private static readonly string[] ForwardedHeaderNames = ["X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "X-Forwarded-Prefix"];

    public static IHostApplicationBuilder AddHardening(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(HardeningOptions.SectionName);
        var hardening = section.Get<HardeningOptions>() ?? new HardeningOptions();
        builder.Services.Configure<HardeningOptions>(section);
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = hardening.MaxRequestBodySize;
            kestrel.Limits.MaxRequestHeadersTotalSize = hardening.MaxRequestHeadersTotalSize;
            kestrel.Limits.MaxRequestHeaderCount = hardening.MaxRequestHeaderCount;
            kestrel.Limits.MaxRequestLineSize = hardening.MaxRequestLineSize;
        });

        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback; only what is configured may speak for the client.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in hardening.TrustedProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        return builder;
    }

    /// <summary>
    /// Takes the client address from X-Forwarded-* only when the peer is a trusted proxy; from anyone else the headers
    /// are dropped, so a client cannot pick the address its rate limit is counted on or that services are told.
    /// </summary>
    public static WebApplication UseTrustedForwardedHeaders(this WebApplication app)
    {
        var trusted = (app.Configuration.GetSection(HardeningOptions.SectionName).Get<HardeningOptions>() ?? new HardeningOptions())
            .TrustedProxies.Select(IPAddress.Parse).ToHashSet();
        app.Use((context, next) =>
        {
            if (context.Connection.RemoteIpAddress is not { } peer || !trusted.Contains(peer.IsIPv4MappedToIPv6 ? peer.MapToIPv4() : peer))
            {
                foreach (var name in ForwardedHeaderNames)
                {
                    context.Request.Headers.Remove(name);
                }
            }

            return next(context);
        });
        app.UseForwardedHeaders();
        return app;
    }
}
