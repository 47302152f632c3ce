package vn.hoptac.shared;

import static vn.hoptac.shared.FormFields.trimmed;

/** The four spellings of a name as a page form binds them ({@code names.vi}, {@code names.en}, …). */
public class NamesForm {

	private String vi;

	private String en;

	private String ko;

	private String nativeName;

	public static NamesForm of(Names names) {
		NamesForm form = new NamesForm();
		if (names != null) {
			form.vi = names.vi();
			form.en = names.en();
			form.ko = names.ko();
			form.nativeName = names.nativeName();
		}
		return form;
	}

	/** The names as typed, blanks as null. */
	public Names toNames() {
		return new Names(trimmed(vi), trimmed(en), trimmed(ko), trimmed(nativeName));
	}

	public String getVi() {
		return vi;
	}

	public void setVi(String vi) {
		this.vi = vi;
	}

	public String getEn() {
		return en;
	}

	public void setEn(String en) {
		this.en = en;
	}

	public String getKo() {
		return ko;
	}

	public void setKo(String ko) {
		this.ko = ko;
	}

	public String getNativeName() {
		return nativeName;
	}

	public void setNativeName(String nativeName) {
		this.nativeName = nativeName;
	}

}
