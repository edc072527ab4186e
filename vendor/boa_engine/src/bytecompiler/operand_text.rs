//! The source text of the operand an instruction may fail on, printed the
//! way V8 prints it in its error messages (`o.f is not a function`,
//! `x is not iterable`): identifiers and property chains as written, calls as
//! `f(...)`, literals, and `(intermediate value)` for anything else.
//!
//! The compiler records the text with the address just after the instruction
//! (the frame's `pc` while the instruction runs), so the VM finds it only when
//! it builds an error message: nothing is looked up on the success path.

use super::ByteCompiler;
use boa_ast::{
    Expression,
    expression::access::{PropertyAccess, PropertyAccessField},
    expression::literal::LiteralKind,
};
use boa_interner::ToInternedString;
use boa_string::JsString;

impl ByteCompiler<'_> {
    /// Records `expr`'s text for the instruction just emitted.
    pub(crate) fn record_operand_text(&mut self, expr: &Expression) {
        let mut text = String::new();
        self.print_operand(expr, &mut text);
        self.record_operand_text_str(&text);
    }

    /// Records `text` for the instruction just emitted.
    pub(crate) fn record_operand_text_str(&mut self, text: &str) {
        let pc = self.next_opcode_location().as_u32();
        self.operand_texts.push((pc, JsString::from(text)));
    }

    fn print_operand(&self, expr: &Expression, out: &mut String) {
        const INTERMEDIATE: &str = "(intermediate value)";
        match expr {
            Expression::Identifier(ident) => {
                out.push_str(&self.interner().resolve_expect(ident.sym()).to_string());
            }
            Expression::This(_) => out.push_str("this"),
            Expression::Literal(literal) => match literal.kind() {
                LiteralKind::Num(n) => out.push_str(&JsString::from(*n).to_std_string_escaped()),
                kind => out.push_str(&kind.to_interned_string(self.interner())),
            },
            Expression::ObjectLiteral(object) if object.properties().is_empty() => out.push_str("{}"),
            Expression::ArrayLiteral(array) if array.as_ref().is_empty() => out.push_str("[]"),
            Expression::Parenthesized(inner) => self.print_operand(inner.expression(), out),
            Expression::Call(call) => {
                self.print_operand(call.function(), out);
                out.push_str("(...)");
            }
            Expression::PropertyAccess(PropertyAccess::Simple(access)) => {
                self.print_operand(access.target(), out);
                match access.field() {
                    PropertyAccessField::Const(name) => {
                        out.push('.');
                        out.push_str(&self.interner().resolve_expect(name.sym()).to_string());
                    }
                    PropertyAccessField::Expr(key) => match key.flatten() {
                        Expression::Literal(literal)
                            if matches!(literal.kind(), LiteralKind::String(_)) =>
                        {
                            let LiteralKind::String(sym) = literal.kind() else { unreachable!() };
                            out.push('.');
                            out.push_str(&self.interner().resolve_expect(*sym).to_string());
                        }
                        key => {
                            out.push('[');
                            self.print_operand(key, out);
                            out.push(']');
                        }
                    },
                }
            }
            Expression::PropertyAccess(PropertyAccess::Private(access)) => {
                self.print_operand(access.target(), out);
                out.push_str(".#");
                out.push_str(&self.interner().resolve_expect(access.field().description()).to_string());
            }
            Expression::PropertyAccess(PropertyAccess::Super(access)) => {
                out.push_str("super");
                match access.field() {
                    PropertyAccessField::Const(name) => {
                        out.push('.');
                        out.push_str(&self.interner().resolve_expect(name.sym()).to_string());
                    }
                    PropertyAccessField::Expr(key) => {
                        out.push('[');
                        self.print_operand(key, out);
                        out.push(']');
                    }
                }
            }
            _ => out.push_str(INTERMEDIATE),
        }
    }
}
