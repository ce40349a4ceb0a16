using KeepUp.Domain.Pictures.Representations;

namespace KeepUp.Domain.Practice.Generators.NumberFacts;

/// <summary>The pictures of a multiplication or division fact.</summary>
public enum MultiplicativePicture
{
    /// <summary>An array with a row for each group.</summary>
    Array,

    /// <summary>Equal jumps from zero along a number line.</summary>
    NumberLine,

    /// <summary>A bar split into equal parts.</summary>
    BarModel,
}

/// <summary>Draws "x groups of y" in one of its pictures.</summary>
internal static class MultiplicativePictures
{
    public static Picture Draw(MultiplicativePicture kind, NumberSentence s)
    {
        var (groups, size) = ((int)s.X.Numerator, s.Y);
        return kind switch
        {
            MultiplicativePicture.Array => new ArrayPicture(groups, (int)size.Numerator),
            MultiplicativePicture.NumberLine => FactPictures.Jumps(groups, size, s.BoxedRole == 'z'),
            MultiplicativePicture.BarModel => FactPictures.EqualParts(groups, s.BoxedRole == 'y' ? null : NumberSentence.Write(size), s.BoxedRole == 'z' ? "?" : NumberSentence.Write(s.Z)),
        };
    }
}
