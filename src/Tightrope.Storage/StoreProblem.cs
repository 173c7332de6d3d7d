namespace Tightrope.Storage;

/// <summary>Why a store could not be opened or used: a value with a message for people, not an exception.</summary>
/// <param name="Path">The database file.</param>
/// <param name="Message">What is wrong.</param>
public sealed record StoreProblem(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"tightrope: {Path}: {Message}";
}
