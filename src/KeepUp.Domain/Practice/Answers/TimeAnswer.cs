using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KeepUp.Domain.Practice.Answers;

/// <summary>
/// A time of day. Digital forms (3:45, 3.45, 03:45) and the words children learn first
/// ("quarter to 4", "half past three", "10 past 7", "4 o'clock") are all read.
/// </summary>
/// <param name="Hour">The hour, 0–23.</param>
/// <param name="Minute">The minute, 0–59.</param>
/// <param name="TwentyFourHour">True when the question asks for the 24-hour clock, so 3:45 is not 15:45.</param>
public sealed partial record TimeAnswer(int Hour, int Minute, bool TwentyFourHour = false) : ExpectedAnswer
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["twenty"] = 20,
        ["twenty-five"] = 25, ["twenty five"] = 25, ["quarter"] = 15, ["half"] = 30,
    };

    /// <inheritdoc />
    public override string Canonical => TwentyFourHour ? PupilNumber.Time24(Hour, Minute) : PupilNumber.Time12(Hour, Minute);

    /// <summary>Reads a time as (hour, minute, written with 24-hour digits); null when it is not a time.</summary>
    public static (int Hour, int Minute, bool Digital24)? ReadTime(string tidy)
    {
        var text = tidy.ToLowerInvariant().Replace("minutes ", string.Empty, StringComparison.Ordinal)
            .Replace(" am", string.Empty, StringComparison.Ordinal).Replace(" pm", string.Empty, StringComparison.Ordinal);
        var digital = Digital().Match(text);
        if (digital.Success)
        {
            var hour = int.Parse(digital.Groups[1].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(digital.Groups[2].Value, CultureInfo.InvariantCulture);
            return hour <= 23 && minute <= 59 ? (hour, minute, digital.Groups[1].Value.Length == 2) : null;
        }

        var oClock = OClock().Match(text);
        if (oClock.Success)
        {
            return HourOf(oClock.Groups[1].Value) is { } h ? (h, 0, false) : null;
        }

        var phrase = PastOrTo().Match(text);
        if (!phrase.Success || MinutesOf(phrase.Groups[1].Value) is not { } minutes || HourOf(phrase.Groups[3].Value) is not { } named
            || minutes is 0 or > 30)
        {
            return null;
        }

        return phrase.Groups[2].Value == "past" ? (named, minutes, false) : ((named + 10) % 12 + 1, 60 - minutes, false);
    }

    /// <inheritdoc />
    protected override AnswerVerdict CheckTidy(string text)
    {
        if (ReadTime(text) is not var (hour, minute, digital24))
        {
            return AnswerVerdict.Unreadable("Write the time like 3:45, or in words like quarter to 4.");
        }

        if (minute != Minute)
        {
            return AnswerVerdict.Wrong();
        }

        if (TwentyFourHour)
        {
            return hour == Hour ? AnswerVerdict.Right()
                : hour % 12 == Hour % 12 && !digital24 ? AnswerVerdict.RightValueWrongForm("using the 24-hour clock, like 15:45")
                : AnswerVerdict.Wrong();
        }

        return hour % 12 == Hour % 12 ? AnswerVerdict.Right() : AnswerVerdict.Wrong();
    }

    /// <inheritdoc />
    protected override bool Matches(string choiceText, string written) =>
        ReadTime(AnswerText.Tidy(choiceText)) is { } choice && ReadTime(written) is { } pupil
        && choice.Minute == pupil.Minute && choice.Hour % 12 == pupil.Hour % 12;

    private static int? HourOf(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (n is >= 1 and <= 12 ? n : null)
        : Words.TryGetValue(word, out var w) && w <= 12 ? w : null;

    private static int? MinutesOf(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : Words.TryGetValue(word, out var w) ? w : null;

    [GeneratedRegex(@"^(\d{1,2})[:.](\d{2})$")]
    private static partial Regex Digital();

    [GeneratedRegex(@"^([a-z]+|\d{1,2}) ?o'? ?clock$")]
    private static partial Regex OClock();

    [GeneratedRegex(@"^(\d{1,2}|[a-z]+(?:[- ]five)?) (past|to) ([a-z]+|\d{1,2})$")]
    private static partial Regex PastOrTo();
}
