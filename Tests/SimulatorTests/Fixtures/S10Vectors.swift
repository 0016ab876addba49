// UPU S10 tracking-number vectors: every `format: "s10"` entry of jkeen/tracking_number_data's test vectors.
//
// Source: jkeen/tracking_number_data (couriers/s10.json, test_numbers; MIT) and the test numbers of the
// jkeen/tracking_number gem (MIT), both by Jeff Keen; entries marked `derived` were built from the upstream rules
// (changed check digits, other service indicator and country pairs). Kept with their licence:
//
// MIT License
//
// Copyright (c) 2017 Jeff Keen
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in all
// copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
// SOFTWARE.

/// One S10 vector: the number, whether it is a valid S10 number, why not, and whether it was derived.
struct S10Vector: Sendable {
    var number: String
    var valid: Bool
    /// `ok`, `check_digit(expected n)`, `unknown_country` or `format`.
    var check: String
    var derived: Bool
}

/// The vectors, in the order of the shared file.
let s10Vectors: [S10Vector] = [
    S10Vector(number: "RB123456785GB", valid: true, check: "ok", derived: false),
    S10Vector(number: "RB123456785US", valid: true, check: "ok", derived: false),
    S10Vector(number: "RB123456785CV", valid: true, check: "ok", derived: false),
    S10Vector(number: "RB123456785CF", valid: true, check: "ok", derived: false),
    S10Vector(number: "RB123456786US", valid: false, check: "check_digit(expected 5)", derived: false),
    S10Vector(number: "RB123456785XX", valid: false, check: "unknown_country", derived: false),
    S10Vector(number: "LN093524229CN", valid: true, check: "ok", derived: false),
    S10Vector(number: "RR123456789CN", valid: false, check: "check_digit(expected 5)", derived: false),
    S10Vector(number: "FF070621885GB", valid: true, check: "ok", derived: false),
    S10Vector(number: "TT222209017GB", valid: true, check: "ok", derived: false),
    S10Vector(number: "TT327219141GB", valid: true, check: "ok", derived: false),
    S10Vector(number: "TT827210001GB", valid: false, check: "check_digit(expected 0)", derived: false),
    S10Vector(number: "TT000000001GB", valid: false, check: "check_digit(expected 5)", derived: false),
    S10Vector(number: "FF070621882GB", valid: false, check: "check_digit(expected 5)", derived: true),
    S10Vector(number: "LN093524226CN", valid: false, check: "check_digit(expected 9)", derived: true),
    S10Vector(number: "RB123456782CF", valid: false, check: "check_digit(expected 5)", derived: true),
    S10Vector(number: "RB123456782CV", valid: false, check: "check_digit(expected 5)", derived: true),
    S10Vector(number: "RB123456782GB", valid: false, check: "check_digit(expected 5)", derived: true),
    S10Vector(number: "RB123456782US", valid: false, check: "check_digit(expected 5)", derived: true),
    S10Vector(number: "TT222209014GB", valid: false, check: "check_digit(expected 7)", derived: true),
    S10Vector(number: "TT327219144GB", valid: false, check: "check_digit(expected 1)", derived: true),
    S10Vector(number: "LZ070621885CN", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ093524229HK", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ123456785SG", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ123456785MY", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ123456785IN", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ123456785JP", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ222209017KR", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ327219141US", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ070621885GB", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ093524229DE", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ123456785FR", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ123456785NL", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ123456785SE", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ123456785BR", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ222209017AU", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ327219141CA", valid: true, check: "ok", derived: true),
    S10Vector(number: "LX070621885CN", valid: true, check: "ok", derived: true),
    S10Vector(number: "LX093524229HK", valid: true, check: "ok", derived: true),
    S10Vector(number: "LX123456785SG", valid: true, check: "ok", derived: true),
    S10Vector(number: "LX123456785MY", valid: true, check: "ok", derived: true),
    S10Vector(number: "LX123456785IN", valid: true, check: "ok", derived: true),
    S10Vector(number: "LX123456785JP", valid: true, check: "ok", derived: true),
    S10Vector(number: "LX222209017KR", valid: true, check: "ok", derived: true),
    S10Vector(number: "LX327219141US", valid: true, check: "ok", derived: true),
    S10Vector(number: "LX070621885GB", valid: true, check: "ok", derived: true),
    S10Vector(number: "LX093524229DE", valid: true, check: "ok", derived: true),
    S10Vector(number: "LX123456785FR", valid: true, check: "ok", derived: true),
    S10Vector(number: "LX123456785NL", valid: true, check: "ok", derived: true),
    S10Vector(number: "LX123456785SE", valid: true, check: "ok", derived: true),
    S10Vector(number: "LX123456785BR", valid: true, check: "ok", derived: true),
    S10Vector(number: "LX222209017AU", valid: true, check: "ok", derived: true),
    S10Vector(number: "LX327219141CA", valid: true, check: "ok", derived: true),
    S10Vector(number: "LT070621885CN", valid: true, check: "ok", derived: true),
    S10Vector(number: "LT093524229HK", valid: true, check: "ok", derived: true),
    S10Vector(number: "LT123456785SG", valid: true, check: "ok", derived: true),
    S10Vector(number: "LT123456785MY", valid: true, check: "ok", derived: true),
    S10Vector(number: "LT123456785IN", valid: true, check: "ok", derived: true),
    S10Vector(number: "LT123456785JP", valid: true, check: "ok", derived: true),
    S10Vector(number: "LT222209017KR", valid: true, check: "ok", derived: true),
    S10Vector(number: "LT327219141US", valid: true, check: "ok", derived: true),
    S10Vector(number: "LT070621885GB", valid: true, check: "ok", derived: true),
    S10Vector(number: "LT093524229DE", valid: true, check: "ok", derived: true),
    S10Vector(number: "LT123456785FR", valid: true, check: "ok", derived: true),
    S10Vector(number: "LT123456785NL", valid: true, check: "ok", derived: true),
    S10Vector(number: "LT123456785SE", valid: true, check: "ok", derived: true),
    S10Vector(number: "LT123456785BR", valid: true, check: "ok", derived: true),
    S10Vector(number: "LT222209017AU", valid: true, check: "ok", derived: true),
    S10Vector(number: "LT327219141CA", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ471108275CN", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ471108270CN", valid: false, check: "check_digit(expected 5)", derived: true),
    S10Vector(number: "LZ471108271CN", valid: false, check: "check_digit(expected 5)", derived: true),
    S10Vector(number: "LZ471108240CN", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ471108241CN", valid: false, check: "check_digit(expected 0)", derived: true),
    S10Vector(number: "LZ900000075US", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ900000070US", valid: false, check: "check_digit(expected 5)", derived: true),
    S10Vector(number: "LZ900000071US", valid: false, check: "check_digit(expected 5)", derived: true),
    S10Vector(number: "LZ900000040HK", valid: true, check: "ok", derived: true),
    S10Vector(number: "LZ900000041HK", valid: false, check: "check_digit(expected 0)", derived: true),
    S10Vector(number: "LZ12345678CN", valid: false, check: "format", derived: true),
    S10Vector(number: "LZ1234567855CN", valid: false, check: "format", derived: true),
    S10Vector(number: "L1123456785CN", valid: false, check: "format", derived: true),
    S10Vector(number: "LZ12345A785CN", valid: false, check: "format", derived: true),
    S10Vector(number: "LZ123456785C1", valid: false, check: "format", derived: true),
    S10Vector(number: "LZ123456785ZZ", valid: false, check: "unknown_country", derived: true),
    S10Vector(number: "LZ123456785QQ", valid: false, check: "unknown_country", derived: true),
    S10Vector(number: "123456785CN", valid: false, check: "format", derived: true),
    S10Vector(number: "LZ123456785", valid: false, check: "format", derived: true),
    S10Vector(number: "LZ-12345678-5-CN", valid: false, check: "format", derived: true),
]
