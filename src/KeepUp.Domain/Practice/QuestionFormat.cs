namespace KeepUp.Domain.Practice;

/// <summary>How a question asks for its answer.</summary>
public enum QuestionFormat
{
    /// <summary>Type a number: 243 + 30 = ?</summary>
    NumberEntry,

    /// <summary>A box anywhere in a number sentence: □ + 4 = 9.</summary>
    MissingNumber,

    /// <summary>Pick one of several answers.</summary>
    MultipleChoice,

    /// <summary>Choose &lt;, &gt; or = between two amounts.</summary>
    Compare,

    /// <summary>Put a set in order.</summary>
    Order,

    /// <summary>Say which number a picture shows.</summary>
    MatchPicture,

    /// <summary>Decide whether a statement is true or false.</summary>
    TrueOrFalse,

    /// <summary>Decide whether a statement is always, sometimes or never true, and why.</summary>
    AlwaysSometimesNever,

    /// <summary>Find and correct the mistake in someone's working.</summary>
    SpotTheMistake,
}
