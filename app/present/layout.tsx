import "./present.css";

export default function PresentLayout({ children }: { children: React.ReactNode }) {
  return children;
}
