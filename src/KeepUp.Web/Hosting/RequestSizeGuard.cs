using Microsoft.AspNetCore.Mvc;

namespace KeepUp.Web.Hosting;

/// <summary>
/// Refuses a request whose declared body is over the limit before anything reads it, with a 400
/// that says why. (Kestrel's own limit also stops bodies without a declared length.)
/// </summary>
internal sealed class RequestSizeGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > WebServiceCollectionExtensions.MaxRequestBytes)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(
                new ProblemDetails
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "The request is too large.",
                    Detail = $"Requests to KeepUp may be at most {WebServiceCollectionExtensions.MaxRequestBytes / 1024} KB.",
                },
                options: null,
                contentType: "application/problem+json");
            return;
        }

        await next(context);
    }
}
