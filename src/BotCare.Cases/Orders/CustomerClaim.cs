namespace BotCare.Cases;

/// <summary>A factual claim the customer made that the order record can confirm or contradict.</summary>
public enum CustomerClaim
{
    NotDelivered,
    DeliveredLate,
    ChargedTwice,
    ArrivedDamaged,
    WrongItem,
    AppointmentMissed,
}
