namespace Tightrope;

/// <summary>Argument checks shared by the public API (one place, one message style).</summary>
internal static class Preconditions
{
    public static T CheckNotNull<T>(T? value, string paramName) where T : class =>
        value ?? throw new ArgumentNullException(paramName);

    public static void CheckArgument(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
