namespace KeepUp.Domain.Curriculum;

/// <summary>The three terms of the English school year, in teaching order.</summary>
public enum Term
{
    /// <summary>September to December.</summary>
    Autumn,
    /// <summary>January to Easter.</summary>
    Spring,
    /// <summary>Easter to July.</summary>
    Summer,
}
