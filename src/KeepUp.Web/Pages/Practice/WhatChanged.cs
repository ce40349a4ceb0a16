using KeepUp.Domain.Practice;

namespace KeepUp.Web.Pages.Practice;

/// <summary>
/// The "what changed?" label of a question, in the words a teacher says to the class when asking
/// "what is the same, what is different?".
/// </summary>
public static class WhatChanged
{
    /// <summary>A short tag: "first question", "changes: the operation", "look deeper".</summary>
    public static string Tag(Question question) => Dimension(question) switch
    {
        Variation.Start => "first question",
        Variation.Deepening => "look deeper",
        var dimension => "changes: " + Article(dimension),
    };

    /// <summary>The changed dimension with "the" before it: "the first number".</summary>
    public static string Article(string dimension) => "the " + dimension;

    private static string Dimension(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Variation.Dimension;
    }
}
