using System;

namespace KeepUp.Domain.Practice.Generators;

/// <summary>
/// Thrown when a generator would emit a bad question (a wrong answer, a repeated question, a
/// variation that changes two things). It is a bug in the generator: the property tests run
/// thousands of seeds to make sure no pupil ever sees one.
/// </summary>
public sealed class GeneratorConstraintException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GeneratorConstraintException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GeneratorConstraintException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public GeneratorConstraintException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
