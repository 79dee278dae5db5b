package app.notrain.catalog;

/**
 * Which kind of service a guide is for. People now give more of their lives to AI assistants than
 * to social networks, and refusing there is a different gesture (a chat-history switch, not a
 * post's audience), so the app lists the two apart.
 */
public enum PlatformGroup {
    /** A place to publish and talk with others: the public posts are what trains. */
    SOCIAL_NETWORK,
    /** A chat assistant: the user's own conversations are what trains. */
    AI_ASSISTANT
}
