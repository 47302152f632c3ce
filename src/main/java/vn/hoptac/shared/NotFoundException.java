package vn.hoptac.shared;

/** A record that does not exist (or no longer exists): 404 on the web. */
public class NotFoundException extends RuntimeException {

	private final String entity;

	private final Object id;

	public NotFoundException(String entity, Object id) {
		super(entity + " " + id + " not found");
		this.entity = entity;
		this.id = id;
	}

	public String entity() {
		return entity;
	}

	public Object id() {
		return id;
	}

}
