using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace KeepUp.Web.Hosting;

/// <summary>
/// Serves wwwroot from resources inside the assembly, so the site looks the same whether it is
/// started from the project, from <c>keepup serve</c> in any folder, or from a test.
/// </summary>
internal sealed class EmbeddedStaticFiles(Assembly assembly) : IFileProvider
{
    private readonly DateTimeOffset built = File.GetLastWriteTimeUtc(assembly.Location);

    public IFileInfo GetFileInfo(string subpath)
    {
        var name = "wwwroot/" + subpath.TrimStart('/');
        return assembly.GetManifestResourceInfo(name) is null
            ? new NotFoundFileInfo(subpath)
            : new ResourceFile(assembly, name, built);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class ResourceFile(Assembly assembly, string name, DateTimeOffset modified) : IFileInfo
    {
        public bool Exists => true;

        public long Length
        {
            get
            {
                using var stream = CreateReadStream();
                return stream.Length;
            }
        }

        public string? PhysicalPath => null;

        public string Name => Path.GetFileName(name);

        public DateTimeOffset LastModified => modified;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => assembly.GetManifestResourceStream(name)!;
    }
}
