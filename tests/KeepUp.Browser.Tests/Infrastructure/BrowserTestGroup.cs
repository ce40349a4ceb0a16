namespace KeepUp.Browser.Tests.Infrastructure;

/// <summary>All browser tests share one server and one Chromium, and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<KeepUpSite>
{
    public const string Name = "Browser";
}
