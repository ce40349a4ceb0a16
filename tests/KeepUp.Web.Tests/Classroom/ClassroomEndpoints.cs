using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Web.Tests.Classroom;

/// <summary>One way into pupil data: an HTTP method on a route, and for a page the handler it runs.</summary>
public sealed record ClassroomEndpoint(string Method, string Template, string? Handler, RoutePattern Pattern)
{
    public bool IsApi => Template.StartsWith("/api/", StringComparison.Ordinal);

    public bool IsPost => Method == "POST";

    /// <summary>Whether the route names something of Maple's (the class, a check, a pupil...), rather than the whole school.</summary>
    public bool NamesClassData => Pattern.Parameters.Count > 0;

    public override string ToString() => $"{Method} {Template}{(Handler is null ? string.Empty : "?handler=" + Handler)}";

    /// <summary>The request path with Maple's data in each route parameter; a parameter no one has given a value fails loudly.</summary>
    public string PathFor(ClassroomWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var path = string.Concat(Pattern.PathSegments.Select(segment => "/" + string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => ValueOf(parameter.Name, world),
            _ => throw new InvalidOperationException($"Unexpected route part in {Template}."),
        }))));
        return (path.Length == 0 ? "/" : path) + (Handler is null ? string.Empty : "?handler=" + Handler);
    }

    private string ValueOf(string parameter, ClassroomWorld world) => parameter.ToUpperInvariant() switch
    {
        "ID" or "CLASSID" => world.MapleId.ToString(CultureInfo.InvariantCulture),
        "CHECKID" => world.CheckId.ToString(),
        "INTERVENTIONID" => world.InterventionId.ToString(),
        "PUPILID" => world.OakfieldPupils[0].Id.ToString(),
        "UPN" => world.OakfieldPupils[0].Upn,
        _ => throw new InvalidOperationException(
            $"{this}: the access matrix has no value for route parameter '{parameter}'. Add one to ClassroomEndpoint.ValueOf so the new page is tested for every role."),
    };
}

/// <summary>
/// Every page handler and API endpoint that reads or writes pupil data, found in the running app's
/// route table (so a page added later is in the matrix without anyone remembering to add it).
/// </summary>
public static class ClassroomEndpoints
{
    /// <summary>The route prefixes of pupil data: classes, the school overview, the pupils' own pages and API.</summary>
    public static readonly string[] Prefixes = ["/class", "/school", "/pupil", "/api/v1/pupil", "/api/v1/class", "/api/v1/school"];

    public static async Task<IReadOnlyList<ClassroomEndpoint>> FindAsync(IServiceProvider services)
    {
        var source = services.GetRequiredService<EndpointDataSource>();
        var loader = services.GetRequiredService<PageLoader>();
        var found = new List<ClassroomEndpoint>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var template = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            if (!Prefixes.Any(p => template == p || template.StartsWith(p + "/", StringComparison.Ordinal)))
            {
                continue;
            }

            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                found.AddRange(compiled.HandlerMethods.Select(h => new ClassroomEndpoint(h.HttpMethod.ToUpperInvariant(), template, h.Name, endpoint.RoutePattern)));
            }
            else if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { } methods)
            {
                found.AddRange(methods.HttpMethods.Select(m => new ClassroomEndpoint(m.ToUpperInvariant(), template, null, endpoint.RoutePattern)));
            }
        }

        return [.. found.DistinctBy(e => e.ToString()).OrderBy(e => e.Template, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)];
    }
}
