using KeepUp.Web.Api;
using Microsoft.AspNetCore.Diagnostics;

namespace KeepUp.Web.Hosting;

public static class WebApplicationExtensions
{
    /// <summary>The request pipeline, in the order a request meets it.</summary>
    public static WebApplication UseKeepUpWeb(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<RequestSizeGuard>();
        app.UseExceptionHandler(error => error.Run(WriteErrorAsync));
        // Bare error statuses get a body: ProblemDetails for the API, the friendly status page
        // for people (rendered in place, so a 404 stays a 404 and a 403 a 403).
        app.UseWhen(AccessResponses.IsApi, api => api.UseStatusCodePages());
        app.UseWhen(context => !AccessResponses.IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/status", "?code={0}"));
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new EmbeddedStaticFiles(typeof(WebApplicationExtensions).Assembly) });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapCurriculumApi();
        app.MapPracticeApi();
        app.MapPupilApi();
        app.MapMtcApi();
        app.MapFluencyApi();
        app.MapProgrammeApi();
        app.MapOpenApi("/api/v1/openapi.json").AllowAnonymous();
        StartupBanner.Register(app);
        return app;
    }

    private static async Task WriteErrorAsync(HttpContext context)
    {
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        context.Response.StatusCode = status == StatusCodes.Status413PayloadTooLarge ? StatusCodes.Status400BadRequest : status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = context.Response.StatusCode,
                Title = context.Response.StatusCode == StatusCodes.Status400BadRequest ? "The request could not be read." : "Something went wrong on our side.",
                Detail = context.Response.StatusCode == StatusCodes.Status400BadRequest ? error?.Message : "The error has been logged. Please try again.",
            },
        });
    }
}
