namespace KeepUp.Storage.Mtc;

/// <summary>
/// A pupil's access arrangements for the check, set by their teacher. None gives extra time per
/// question: they change how the question is shown, heard or answered, as in the official check.
/// </summary>
public sealed class MtcArrangements
{
    /// <summary>The colour schemes (text on background); "standard" is black on white.</summary>
    public static readonly IReadOnlyList<string> ColourSchemes = ["standard", "yellow-on-black", "black-on-blue", "black-on-peach", "blue-on-cream", "high-contrast"];

    /// <summary>The font sizes, smallest first; "medium" is the default.</summary>
    public static readonly IReadOnlyList<string> FontSizes = ["very-small", "small", "medium", "large", "larger", "largest"];

    public Guid PupilId { get; set; }

    public int SchoolId { get; set; }

    /// <summary>A beep 2 seconds before time runs out, and a different sound when it does.</summary>
    public bool AudibleAlert { get; set; }

    /// <summary>Each question is read aloud; its 6 seconds start when the reading ends.</summary>
    public bool ReadAloud { get; set; }

    public string ColourScheme { get; set; } = "standard";

    public string FontSize { get; set; } = "medium";

    /// <summary>An adult types the pupil's spoken answers; recorded with each answer.</summary>
    public bool InputAssistant { get; set; }

    /// <summary>A Next button after 2 seconds instead of the 3-second pause; the whole check then has 30 minutes.</summary>
    public bool NextBetweenQuestions { get; set; }

    /// <summary>No on-screen number pad: the pupil uses a keyboard.</summary>
    public bool RemoveNumberPad { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>The arrangements in a few words, for the teacher's list and the attempt's record.</summary>
    public string Describe()
    {
        var words = new List<string>();
        if (AudibleAlert) { words.Add("audible alert"); }
        if (ReadAloud) { words.Add("read aloud"); }
        if (ColourScheme != "standard") { words.Add("colours " + ColourScheme); }
        if (FontSize != "medium") { words.Add("font " + FontSize); }
        if (InputAssistant) { words.Add("input assistant"); }
        if (NextBetweenQuestions) { words.Add("next between questions"); }
        if (RemoveNumberPad) { words.Add("no number pad"); }
        return words.Count == 0 ? "none" : string.Join(", ", words);
    }
}
