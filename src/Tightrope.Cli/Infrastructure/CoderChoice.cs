using Tightrope.Pipeline;

namespace Tightrope.Cli.Infrastructure;

/// <summary>Settings of commands that code text and can skip the model.</summary>
public interface IModelChoice
{
    /// <summary>Lexicon only: no sentence classifier.</summary>
    bool NoModel { get; }

    /// <summary>Let the model add events the lexicon missed (off by default; ignored with <see cref="NoModel"/>).</summary>
    bool ModelAdds { get; }
}

/// <summary>Picks the coder a command runs with: the injected one, or its lexicon-only twin for <c>--no-model</c>.</summary>
public static class CoderChoice
{
    /// <summary>Help text shared by every <c>--no-model</c> option.</summary>
    public const string NoModelHelp = "Lexicon only: skip the sentence classifier (faster; decided_by is always lexicon)";

    /// <summary>Help text shared by every <c>--model-adds</c> option.</summary>
    public const string ModelAddsHelp = "Let the model add events where the lexicon coded none (more recall, lower precision; decided_by = model)";

    /// <summary>The coder for <paramref name="settings"/>.</summary>
    public static CoderPipeline Pick(Func<CoderPipeline> pipeline, IModelChoice settings)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(settings);
        var coder = pipeline();
        if (settings.NoModel)
        {
            return coder.WithClassifier(null);
        }

        return settings.ModelAdds ? coder.WithClassifier(coder.Classifier, coder.Rule with { AddEvents = true }) : coder;
    }
}
