using KeepUp.Application.Common;

namespace KeepUp.Application.Programme;

/// <summary>The expected failures of the programme's reports.</summary>
public static class ProgrammeErrors
{
    public static Error UnknownHub(string hubId) =>
        new NotFoundError("hub-not-found", $"No Maths Hub has the id \"{hubId}\". `keepup programme reach --by hub` lists them.");

    public static Error UnknownRegion(string region) =>
        new NotFoundError("region-not-found", $"No Maths Hub is in a region called \"{region}\".");

    public static Error HubAndRegion() =>
        new InvalidRequestError("hub-and-region", "Ask for a hub or a region, not both.");
}
