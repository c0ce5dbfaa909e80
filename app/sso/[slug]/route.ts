export { startSsoRoute as GET } from "@/lib/sso/sso-routes";
