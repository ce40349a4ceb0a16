using System.Text;
using KeepUp.Domain.Pictures.Representations;

namespace KeepUp.Web.Worksheets;

/// <summary>
/// A CSS class naming the kind of picture ("picture-number-line"), so print sizes can suit each
/// representation: a short number line needs more height than a row of base-ten blocks for its
/// numbers to be readable on paper.
/// </summary>
public static class PictureKind
{
    public static string CssClass(Picture picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var name = picture.GetType().Name;
        name = name.EndsWith("Picture", StringComparison.Ordinal) ? name[..^"Picture".Length] : name;
        var css = new StringBuilder("picture-");
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                css.Append('-');
            }

            css.Append(char.ToLowerInvariant(name[i]));
        }

        return css.ToString();
    }
}
