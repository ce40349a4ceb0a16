using Microsoft.AspNetCore.Identity;

namespace KeepUp.Storage.Accounts;

/// <summary>
/// A signed-in adult: class teacher, maths lead, Mastery Specialist or hub lead. School staff
/// belong to one school; hub staff to one hub, so every query can be scoped to what they may see.
/// </summary>
public sealed class StaffAccount : IdentityUser
{
    public required string DisplayName { get; set; }

    public int? SchoolId { get; set; }

    public int? MathsHubId { get; set; }
}
