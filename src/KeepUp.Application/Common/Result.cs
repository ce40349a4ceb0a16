namespace KeepUp.Application.Common;

/// <summary>
/// An expected failure a user can act on: a code for programs and a message for people.
/// Each host maps it once (ProblemDetails in the API, a message and exit code in the CLI).
/// </summary>
public abstract record Error(string Code, string Message);

/// <summary>The thing asked for does not exist.</summary>
public sealed record NotFoundError(string Code, string Message) : Error(Code, Message);

/// <summary>The request itself is wrong.</summary>
public sealed record InvalidRequestError(string Code, string Message) : Error(Code, Message);

/// <summary>A value or the error that stopped it.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, Error? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public Error? Error { get; }

    public bool IsSuccess => Error is null;

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Error error) => new(default, error);
}
