using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using KeepUp.Domain.Curriculum;

namespace KeepUp.Domain.Tests.DesignRules;

/// <summary>
/// The domain decides, it does not fetch: no clock, no hidden randomness, no files, network,
/// console or environment. These tests read the compiled assembly's metadata, so they hold
/// whatever the source does (the BannedApiAnalyzers catch the same at build time).
/// </summary>
public sealed class DomainPurityTests
{
    private static readonly string[] BannedTypes =
    [
        "System.Random", "System.Console", "System.Environment", "System.TimeProvider",
        "System.Security.Cryptography.RandomNumberGenerator", "System.Diagnostics.Process", "System.Diagnostics.Stopwatch",
    ];

    private static readonly string[] BannedNamespaces = ["System.IO", "System.Net", "Microsoft.Win32", "System.Data"];

    private static readonly (string Type, string Member)[] BannedMembers =
    [
        ("System.DateTime", "get_Now"), ("System.DateTime", "get_UtcNow"), ("System.DateTime", "get_Today"),
        ("System.DateTimeOffset", "get_Now"), ("System.DateTimeOffset", "get_UtcNow"), ("System.Guid", "NewGuid"),
    ];

    // C# iterators (yield return) read the current thread's id to decide whether an enumerator
    // can be reused: compiler plumbing, not the machine's environment.
    private static readonly HashSet<(string Type, string Member)> CompilerGenerated =
    [
        ("System.Environment", "get_CurrentManagedThreadId"),
        ("System.Environment", string.Empty),
    ];

    private static readonly string DomainPath = typeof(SmallStep).Assembly.Location;

    [Fact]
    public void Domain_ReferencesOnlyTheBaseClassLibrary()
    {
        using var pe = new PEReader(File.OpenRead(DomainPath));
        var metadata = pe.GetMetadataReader();
        var references = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(name is "System.Runtime" or "netstandard" or "mscorlib" || name.StartsWith("System.", StringComparison.Ordinal), $"KeepUp.Domain references {name}"));
    }

    [Fact]
    public void Domain_UsesNoClockRandomnessOrIo()
    {
        var used = ReferencedTypesAndMembers().ToList();

        Assert.NotEmpty(used);
        var offences = used.Where(u => !CompilerGenerated.Contains((u.Type, u.Member)))
            .Where(u =>
                BannedTypes.Contains(u.Type) ||
                BannedNamespaces.Any(ns => u.Type.StartsWith(ns + ".", StringComparison.Ordinal)) ||
                BannedMembers.Contains((u.Type, u.Member)))
            .Select(u => $"{u.Type}::{u.Member}")
            .Distinct()
            .ToList();
        Assert.True(offences.Count == 0, "KeepUp.Domain uses: " + string.Join(", ", offences));
    }

    [Fact]
    public void Scanner_SeesMembersTheDomainReallyUses()
    {
        // Guards the test above against passing because it reads nothing.
        Assert.Contains(ReferencedTypesAndMembers(), u => u.Type == "System.String" && u.Member == "Join");
    }

    private static IEnumerable<(string Type, string Member)> ReferencedTypesAndMembers()
    {
        using var pe = new PEReader(File.OpenRead(DomainPath));
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.TypeReferences)
        {
            yield return (TypeName(metadata, handle), string.Empty);
        }

        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            var type = member.Parent.Kind switch
            {
                HandleKind.TypeReference => TypeName(metadata, (TypeReferenceHandle)member.Parent),
                HandleKind.TypeSpecification => "(generic)",
                _ => string.Empty,
            };
            yield return (type, metadata.GetString(member.Name));
        }
    }

    private static string TypeName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        var ns = metadata.GetString(type.Namespace);
        var name = metadata.GetString(type.Name);
        return type.ResolutionScope.Kind == HandleKind.TypeReference
            ? TypeName(metadata, (TypeReferenceHandle)type.ResolutionScope) + "+" + name
            : ns.Length == 0 ? name : ns + "." + name;
    }
}
