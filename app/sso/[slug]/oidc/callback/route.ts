export { oidcCallbackRoute as GET } from "@/lib/sso/sso-routes";
