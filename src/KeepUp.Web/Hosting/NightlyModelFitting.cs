using KeepUp.Storage;
using KeepUp.Storage.Classroom;

namespace KeepUp.Web.Hosting;

/// <summary>
/// Refits the mastery model every night at 02:00 school time, when no class is working, so each
/// morning's keep-up lists use parameters learnt from yesterday's answers. `keepup mastery fit`
/// does the same on demand. A failed night is logged and tried again the next night: labels keep
/// using the last good parameters meanwhile.
/// </summary>
internal sealed partial class NightlyModelFitting(IServiceScopeFactory scopes, TimeProvider clock, ILogger<NightlyModelFitting> log) : BackgroundService
{
    private static readonly TimeOnly FitAt = new(2, 0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(UntilNext(clock.SchoolNow()), clock, stoppingToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<StepModelFitting>().FitAllAsync(cancellationToken: stoppingToken);
                Fitted(log, report.Fitted, report.Steps, report.Answers, report.Seconds);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                FitFailed(log, ex);
            }
        }
    }

    /// <summary>Time from <paramref name="schoolNow"/> to the next 02:00 in school time.</summary>
    internal static TimeSpan UntilNext(DateTimeOffset schoolNow)
    {
        var today = DateOnly.FromDateTime(schoolNow.DateTime);
        var next = today.ToDateTime(FitAt);
        if (next <= schoolNow.DateTime)
        {
            next = next.AddDays(1);
        }

        return next - schoolNow.DateTime;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mastery model fitted on {Fitted} of {Steps} steps from {Answers} answers in {Seconds:0.00} s.")]
    private static partial void Fitted(ILogger log, int fitted, int steps, int answers, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Nightly mastery model fitting failed; the last fitted parameters stay in use.")]
    private static partial void FitFailed(ILogger log, Exception ex);
}
