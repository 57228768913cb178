import 'server-only';
/** Set by our web server from the socket address; it drops any copy a client sends. */
export const CLIENT_IP_HEADER = 'x-facetwire-client-ip';
