namespace Tightrope.Actors;

/// <summary>What kind of entity an actor is (the record contract's <c>kind</c>).</summary>
public enum ActorKind
{
    /// <summary>A state or territory acting as a whole ("China", "Seoul said").</summary>
    State,

    /// <summary>A named person, usually an office holder.</summary>
    Person,

    /// <summary>A named organisation: IGO, NGO, armed group, media outlet, national body.</summary>
    Organization,

    /// <summary>A generic agent ("officials", "troops", "coast guard vessels").</summary>
    Agent,
}
