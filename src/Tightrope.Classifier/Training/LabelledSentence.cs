namespace Tightrope.Classifier.Training;

/// <summary>
/// One training example: a sentence, its label (a POLECAT type name or <see cref="NoEvent"/>) and the group it
/// belongs to, so that held-out splits never share a headline template or gold item between train and test.
/// </summary>
public sealed record LabelledSentence(string Text, string Label, string Group)
{
    /// <summary>The label of a sentence that reports no event.</summary>
    public const string NoEvent = "NONE";
}

/// <summary>A whole labelled story (text, POLECAT type, headline group), for scoring the combined coder on stories.</summary>
public sealed record LabelledStory(string Text, string Label, string Group);
