namespace BotCare.Understanding;

/// <summary>A factual claim in the story that the order record can confirm or contradict.</summary>
public enum ClaimKind
{
    NotDelivered,
    DeliveredLate,
    ChargedTwice,
    ArrivedDamaged,
    WrongItem,
    AppointmentMissed,
}
