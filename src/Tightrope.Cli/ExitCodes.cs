namespace Tightrope.Cli;

/// <summary>The documented exit codes of the <c>tightrope</c> command.</summary>
public static class ExitCodes
{
    /// <summary>Success (zero events is success).</summary>
    public const int Success = 0;

    /// <summary>The input could not be read (missing, empty, binary, invalid UTF-8, too large).</summary>
    public const int InputUnreadable = 1;

    /// <summary>The command line is wrong.</summary>
    public const int UsageError = 2;

    /// <summary>Some batch records were rejected; every other record was still coded.</summary>
    public const int RecordsRejected = 3;

    /// <summary>A gold-standard evaluation fell below the requested thresholds.</summary>
    public const int BelowThreshold = 4;
}
