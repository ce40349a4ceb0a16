namespace KeepUp.Browser.Tests.Infrastructure;

/// <summary>A browser test failure, carrying the page address and the screenshot taken when it failed.</summary>
public sealed class BrowserTestFailedException : Exception
{
    public BrowserTestFailedException()
    {
    }

    public BrowserTestFailedException(string message)
        : base(message)
    {
    }

    public BrowserTestFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
