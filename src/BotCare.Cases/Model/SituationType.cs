namespace BotCare.Cases;

/// <summary>
/// The situation the playbook distinguishes (step 7, article 000): a product problem, a service problem,
/// or general unhappiness, which is concluded only after product and service were ruled out.
/// </summary>
public enum SituationType
{
    Product,
    Service,
    General,
}
