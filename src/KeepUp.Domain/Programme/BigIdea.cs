namespace KeepUp.Domain.Programme;

/// <summary>The Five Big Ideas of teaching for mastery: the focus of a support visit.</summary>
public enum BigIdea
{
    /// <summary>Small connected steps that build on each other.</summary>
    Coherence,

    /// <summary>Representations that expose the mathematical structure.</summary>
    RepresentationAndStructure,

    /// <summary>Pupils reasoning, generalising and making connections.</summary>
    MathematicalThinking,

    /// <summary>Quick and efficient recall of facts and procedures, with flexibility.</summary>
    Fluency,

    /// <summary>Conceptual and procedural variation.</summary>
    Variation,
}

/// <summary>Names of the Five Big Ideas as the NCETM writes them.</summary>
public static class BigIdeas
{
    /// <summary>The idea's name on screen.</summary>
    public static string Name(this BigIdea idea) => idea switch
    {
        BigIdea.Coherence => "Coherence",
        BigIdea.RepresentationAndStructure => "Representation and structure",
        BigIdea.MathematicalThinking => "Mathematical thinking",
        BigIdea.Fluency => "Fluency",
        BigIdea.Variation => "Variation",
    };
}
