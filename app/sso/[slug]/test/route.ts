export { startSsoTestRoute as GET } from "@/lib/sso/sso-routes";
