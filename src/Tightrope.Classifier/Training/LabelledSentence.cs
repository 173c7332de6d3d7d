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

/// <summary>A whole labelled story, for scoring the combined coder on stories.</summary>
/// <param name="Text">The story's body.</param>
/// <param name="Label">Its POLECAT type.</param>
/// <param name="Group">Its headline template, so held-out splits keep a template's stories together.</param>
/// <param name="Headline">The headline as published, when the data has one.</param>
public sealed record LabelledStory(string Text, string Label, string Group, string? Headline = null);
